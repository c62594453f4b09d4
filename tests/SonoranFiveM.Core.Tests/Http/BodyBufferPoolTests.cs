namespace SonoranFiveM.Core.Tests.Http
{
    public class BodyBufferPoolTests
    {
        [Fact]
        public void A_returned_buffer_is_rented_again()
        {
            var pool = new BodyBufferPool(2);
            var first = pool.Rent(10_000);

            pool.Return(first);

            Assert.Same(first, pool.Rent(5_000));
            Assert.NotSame(first, pool.Rent(5_000));
        }

        [Fact]
        public void A_large_body_gets_a_new_buffer_and_leaves_the_small_one_for_small_bodies()
        {
            var pool = new BodyBufferPool(2);
            var small = pool.Rent(100);
            pool.Return(small);

            var big = pool.Rent(BodyBufferPool.MinimumSize * 4);

            Assert.Equal(BodyBufferPool.MinimumSize * 4, big.Length);
            Assert.Same(small, pool.Rent(100));
        }

        [Fact]
        public void A_small_body_takes_the_smallest_buffer_that_fits_not_the_large_one()
        {
            var pool = new BodyBufferPool(2);
            var big = pool.Rent(BodyBufferPool.MinimumSize * 64);
            var small = pool.Rent(100);
            pool.Return(big);
            pool.Return(small);

            Assert.Same(small, pool.Rent(100));
            Assert.Same(big, pool.Rent(100));
        }

        [Fact]
        public void A_full_pool_keeps_a_larger_returned_buffer_in_place_of_a_smaller_one()
        {
            var pool = new BodyBufferPool(1);
            var small = pool.Rent(100);
            var big = pool.Rent(BodyBufferPool.MinimumSize * 8);
            pool.Return(small);

            pool.Return(big);

            Assert.Same(big, pool.Rent(BodyBufferPool.MinimumSize * 8));
        }

        [Fact]
        public void Only_as_many_buffers_as_slots_and_none_over_the_size_cap_are_kept()
        {
            var pool = new BodyBufferPool(1);
            var a = pool.Rent(100);
            var b = pool.Rent(100);
            var huge = new byte[BodyBufferPool.MaxKeptSize + 1];

            pool.Return(huge);
            pool.Return(a);
            pool.Return(b);

            Assert.Same(a, pool.Rent(100));
            Assert.NotSame(b, pool.Rent(100));
        }
    }
}
