using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Platform.GraphQL.CodeFirst;

/// <summary>
/// Summaries from the XML documentation file the compiler writes beside an assembly
/// (<c>GenerateDocumentationFile</c>), read once per assembly. They become GraphQL descriptions
/// when no <see cref="GraphQLDescriptionAttribute"/> is given.
/// </summary>
internal static partial class XmlDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, XElement>> _files = new();

    /// <summary>The summary of a type, property, method, field, or a method's (or record's positional) parameter; null when there is none.</summary>
    public static string? Summary(ICustomAttributeProvider member) => member switch
    {
        Type type => Text(Find(type.Assembly, "T:" + TypeId(type))?.Element("summary")),
        PropertyInfo property => Text(Find(property, "P:")?.Element("summary")) ?? PositionalParameter(property),
        FieldInfo field => Text(Find(field, "F:")?.Element("summary")),
        MethodInfo method => Text(Find(method.DeclaringType!.Assembly, MethodId(method))?.Element("summary")),
        ParameterInfo { Member: MethodBase method } parameter => Text(Find(method.DeclaringType!.Assembly, MethodId(method))?
            .Elements("param").FirstOrDefault(element => (string?)element.Attribute("name") == parameter.Name)),
        _ => null,
    };

    private static XElement? Find(MemberInfo member, string prefix) =>
        Find(member.DeclaringType!.Assembly, $"{prefix}{TypeId(member.DeclaringType)}.{member.Name}");

    // The engine's own types (Connection<T>, PageInfo) are documented for C# developers ("made by
    // KeysetPaging"), not for API clients, so their docs never become descriptions.
    private static XElement? Find(Assembly assembly, string id) =>
        assembly == typeof(XmlDocumentation).Assembly ? null : _files.GetOrAdd(assembly, Load).GetValueOrDefault(id);

    // A record's positional property is documented by a <param> of the record itself.
    private static string? PositionalParameter(PropertyInfo property) =>
        Text(Find(property.DeclaringType!.Assembly, "T:" + TypeId(property.DeclaringType))?
            .Elements("param").FirstOrDefault(element => (string?)element.Attribute("name") == property.Name));

    private static Dictionary<string, XElement> Load(Assembly assembly)
    {
        var path = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        return XDocument.Load(path).Root?.Element("members")?.Elements("member")
            .Where(element => element.Attribute("name") is not null)
            .GroupBy(element => (string)element.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal) ?? [];
    }

    /// <summary><c>Namespace.Outer.Inner`1</c>: nested types joined by dots, generic definitions with their arity.</summary>
    private static string TypeId(Type type)
    {
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            type = type.GetGenericTypeDefinition();
        }

        return (type.FullName ?? $"{type.Namespace}.{type.Name}").Replace('+', '.');
    }

    private static string MethodId(MethodBase method)
    {
        var name = method is ConstructorInfo ? "#ctor" : method.Name;
        var arity = method.IsGenericMethodDefinition ? $"``{method.GetGenericArguments().Length}" : string.Empty;
        var parameters = method.GetParameters();
        var list = parameters.Length == 0 ? string.Empty : $"({string.Join(",", parameters.Select(parameter => ParameterTypeId(parameter.ParameterType)))})";
        return $"M:{TypeId(method.DeclaringType!)}.{name}{arity}{list}";
    }

    /// <summary>A parameter's type as the compiler writes it: <c>System.Collections.Generic.List{System.String}</c>, <c>System.Int32[]</c>, <c>``0</c>.</summary>
    private static string ParameterTypeId(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterTypeId(type.GetElementType()!) + (type.GetArrayRank() == 1 ? "[]" : $"[{string.Join(",", Enumerable.Repeat("0:", type.GetArrayRank()))}]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type.IsGenericType)
        {
            var definition = TypeId(type.GetGenericTypeDefinition());
            return $"{definition[..definition.LastIndexOf('`')]}{{{string.Join(",", type.GetGenericArguments().Select(ParameterTypeId))}}}";
        }

        return TypeId(type);
    }

    /// <summary>The element's text as Markdown: references by their short name, <c>code</c> in backticks, paragraphs kept, indentation dropped.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            Append(text, node);
        }

        var paragraphs = ParagraphBreak().Split(text.ToString())
            .Select(paragraph => Whitespace().Replace(paragraph, " ").Trim())
            .Where(paragraph => paragraph.Length > 0);
        var result = string.Join("\n\n", paragraphs);
        return result.Length == 0 ? null : result;
    }

    private static void Append(StringBuilder text, XNode node)
    {
        switch (node)
        {
            case XText plain:
                text.Append(plain.Value);
                break;
            case XElement { Name.LocalName: "see" or "seealso" } reference:
                var target = (string?)reference.Attribute("langword") ?? (string?)reference.Attribute("href") ?? (string?)reference.Attribute("cref") ?? string.Empty;
                text.Append(reference.IsEmpty ? ShortName(target) : reference.Value);
                break;
            case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                text.Append((string?)reference.Attribute("name"));
                break;
            case XElement { Name.LocalName: "c" } code:
                text.Append('`').Append(code.Value).Append('`');
                break;
            case XElement { Name.LocalName: "para" } paragraph:
                text.Append("\n\n");
                foreach (var child in paragraph.Nodes())
                {
                    Append(text, child);
                }

                text.Append("\n\n");
                break;
            case XElement other:
                foreach (var child in other.Nodes())
                {
                    Append(text, child);
                }

                break;
        }
    }

    // "T:Clinic.Patient" is "Patient"; "M:Clinic.Patient.Admit(System.String)" is "Admit".
    private static string ShortName(string cref)
    {
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        name = open >= 0 ? name[..open] : name;
        name = name[(name.LastIndexOf('.') + 1)..];
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick >= 0 ? name[..tick] : name;
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
