// The double's natives are static: one FXServer double per process at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
