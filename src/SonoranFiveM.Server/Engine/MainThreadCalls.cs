using System;
using System.Threading.Tasks;
using SonoranFiveM.Core.Engine;

namespace SonoranFiveM.Server.Engine
{
    internal static class MainThreadCalls
    {
        /// <summary>Runs <paramref name="func"/> on the main thread (next tick) and completes on the thread pool with its result.</summary>
        public static Task<T> Call<T>(this IMainThread mainThread, Func<T> func)
        {
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            mainThread.Post(() =>
            {
                try
                {
                    done.SetResult(func());
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                }
            });
            return done.Task;
        }
    }
}
