namespace Platform.Kernel;

internal static class Placeholder;
