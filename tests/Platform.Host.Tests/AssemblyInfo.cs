// The admin command tests capture the process-wide console, and every host here logs to it:
// running the classes one after another keeps each test's output its own.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
