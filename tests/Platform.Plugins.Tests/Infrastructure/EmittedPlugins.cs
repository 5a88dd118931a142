using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Platform.Sdk;

namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>
/// Writes small broken plugin assemblies with Reflection.Emit, for failures a built plugin cannot show:
/// a constructor that throws, a dependency that is missing from the folder.
/// </summary>
public static class EmittedPlugins
{
    /// <summary>A plugin whose entry point's constructor throws InvalidOperationException("licence server unreachable").</summary>
    public static void WriteThrowingConstructor(string directory, string assemblyName)
    {
        var (assembly, type) = DefinePlugin(assemblyName);
        var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, Type.EmptyTypes);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(object).GetConstructor(Type.EmptyTypes)!);
        il.Emit(OpCodes.Ldstr, "licence server unreachable");
        il.Emit(OpCodes.Newobj, typeof(InvalidOperationException).GetConstructor([typeof(string)])!);
        il.Emit(OpCodes.Throw);
        ImplementConfigure(type);
        type.CreateType();
        assembly.Save(Path.Combine(directory, assemblyName + ".dll"));
    }

    /// <summary>A plugin that holds a field of a type from <c>Acme.Missing</c>, an assembly left out of its folder.</summary>
    public static void WriteMissingDependency(string directory, string assemblyName)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "platform-plugins-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            WritePluginUsing(directory, assemblyName, WriteLibrary(scratch, "Acme.Missing", new Version(2, 1, 0, 0)));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>A plugin with its own copy of <c>Acme.Shared</c> at the version given, beside it in its folder.</summary>
    public static void WriteWithPrivateDependency(string directory, string assemblyName, Version dependencyVersion) =>
        WritePluginUsing(directory, assemblyName, WriteLibrary(directory, "Acme.Shared", dependencyVersion));

    private static string WriteLibrary(string directory, string name, Version version)
    {
        var library = new PersistedAssemblyBuilder(new AssemblyName(name) { Version = version }, typeof(object).Assembly);
        library.DefineDynamicModule(name).DefineType($"{name}.Helper", TypeAttributes.Public | TypeAttributes.Class).CreateType();
        var path = Path.Combine(directory, name + ".dll");
        library.Save(path);
        return path;
    }

    private static void WritePluginUsing(string directory, string assemblyName, string libraryPath)
    {
        // The plugin must reference the library's runtime type, so load it briefly in a context of its own.
        var context = new AssemblyLoadContext("emit-dependency", isCollectible: true);
        try
        {
            var library = context.LoadFromStream(new MemoryStream(File.ReadAllBytes(libraryPath)));
            var helper = library.GetType($"{library.GetName().Name}.Helper", throwOnError: true)!;
            var (assembly, type) = DefinePlugin(assemblyName);
            type.DefineField("_helper", helper, FieldAttributes.Private);
            type.DefineDefaultConstructor(MethodAttributes.Public);
            ImplementConfigure(type);
            type.CreateType();
            assembly.Save(Path.Combine(directory, assemblyName + ".dll"));
        }
        finally
        {
            context.Unload();
        }
    }

    private static (PersistedAssemblyBuilder Assembly, TypeBuilder Type) DefinePlugin(string assemblyName)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(assemblyName) { Version = new Version(1, 0, 0, 0) }, typeof(object).Assembly);
        var type = assembly.DefineDynamicModule(assemblyName).DefineType($"{assemblyName}.Plugin", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed, typeof(object));
        type.AddInterfaceImplementation(typeof(IPartnerPlugin));
        return (assembly, type);
    }

    private static void ImplementConfigure(TypeBuilder type)
    {
        var configure = type.DefineMethod(
            nameof(IPartnerPlugin.Configure),
            MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
            typeof(void),
            [typeof(IPluginBuilder)]);
        configure.GetILGenerator().Emit(OpCodes.Ret);
        type.DefineMethodOverride(configure, typeof(IPartnerPlugin).GetMethod(nameof(IPartnerPlugin.Configure))!);
    }
}
