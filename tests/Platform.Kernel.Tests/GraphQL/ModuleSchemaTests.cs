using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;
using Platform.Kernel.GraphQL;
using Platform.Kernel.Modules;

namespace Platform.Kernel.Tests.GraphQL;

public sealed class ModuleSchemaTests
{
    [Fact]
    public void Assemble_JoinsEveryModulesContributions_IntoOneSchema()
    {
        var catalog = Catalog(
            ("wards", schema => schema.AddQuery<WardQueries>()),
            ("beds", schema => schema.ExtendType<Ward, WardBeds>()));

        var schema = ModuleSchema.Assemble(catalog);

        schema.QueryType.Fields.Select(f => f.Name).ShouldContain("ward");
        schema.FindType("Ward").ShouldBeOfType<Platform.GraphQL.Types.ObjectType>().Fields.Select(f => f.Name).ShouldBe(["name", "beds"], ignoreOrder: true);
    }

    [Fact]
    public void Assemble_WhenAContributionCannotBeMapped_SaysWhichModulesTookPart()
    {
        var catalog = Catalog(
            ("wards", schema => schema.AddQuery<WardQueries>()),
            ("broken", schema => schema.AddQuery<UnmappableQueries>()));

        var error = Should.Throw<InvalidOperationException>(() => ModuleSchema.Assemble(catalog));

        error.Message.ShouldStartWith("The GraphQL schema could not be assembled from the contributions of the modules wards, broken: ");
        error.Message.ShouldContain("Thread");
    }

    [Fact]
    public void Assemble_WithANodeType_AddsTheNodeInterfaceAndTheNodeFields()
    {
        var module = new ModuleDescriptor(new NamedModule("wards"), typeof(ModuleSchemaTests).Assembly, null, [])
        {
            GraphQLContributions = [schema => schema.AddQuery<RoomQueries>()],
            NodeTypeContributions = [nodes => nodes.Add<Room>((ids, _) => ValueTask.FromResult<IReadOnlyDictionary<string, Room>>(ids.ToDictionary(id => id, id => new Room(new NodeId("Room", id)))))],
        };

        var schema = ModuleSchema.Assemble(new ModuleCatalog([module]));

        schema.QueryType.Fields.Select(f => f.Name).ShouldContain("node");
        schema.QueryType.Fields.Select(f => f.Name).ShouldContain("nodes");
        schema.FindType("Room").ShouldBeOfType<ObjectType>().Interfaces.Select(i => i.Name).ShouldBe(["Node"]);
    }

    [Fact]
    public void Assemble_WithoutNodeTypes_HasNoNodeField()
    {
        var schema = ModuleSchema.Assemble(Catalog(("wards", schema => schema.AddQuery<WardQueries>())));

        schema.QueryType.Fields.Select(f => f.Name).ShouldNotContain("node");
        schema.FindType("Node").ShouldBeNull();
    }

    [Fact]
    public void Assemble_WithoutContributions_SaysHowToAddOne()
    {
        Should.Throw<InvalidOperationException>(() => ModuleSchema.Assemble(Catalog()))
            .Message.ShouldContain("call builder.AddGraphQL(...)");
    }

    private static ModuleCatalog Catalog(params (string Name, Action<CodeFirstSchema> Contribute)[] modules) =>
        new([.. modules.Select(m => new ModuleDescriptor(new NamedModule(m.Name), typeof(ModuleSchemaTests).Assembly, null, []) { GraphQLContributions = [m.Contribute] })]);

    private sealed class NamedModule(string name) : IModule
    {
        public string Name => name;

        public void Register(ModuleBuilder builder)
        {
        }
    }
}

internal sealed record Ward(string Name);

internal sealed class WardQueries
{
    public static Ward Ward() => new("Cardiology");
}

internal sealed class WardBeds
{
    public static int Beds([Parent] Ward ward) => ward.Name.Length;
}

internal sealed record Room(NodeId Id);

internal sealed class RoomQueries
{
    public static Room Room() => new(new NodeId("Room", "101"));
}

internal sealed class UnmappableQueries
{
    public static Thread Worker() => Thread.CurrentThread;
}
