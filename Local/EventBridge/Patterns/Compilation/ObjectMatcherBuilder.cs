using OrderEvents.Local.EventBridge.Patterns.Matching;

namespace OrderEvents.Local.EventBridge.Patterns.Compilation;

/// <summary>
/// Collects a pattern object while it is read; a key seen twice lands in the same field, so both
/// occurrences apply.
/// </summary>
internal sealed class ObjectMatcherBuilder
{
    private readonly List<FieldBuilder> fields = [];
    private readonly List<IReadOnlyList<ObjectMatcher>> orGroups = [];

    public FieldBuilder Field(string name)
    {
        var field = fields.Find(f => f.Name == name);
        if (field is null)
        {
            field = new FieldBuilder(name);
            fields.Add(field);
        }

        return field;
    }

    public void AddOrGroup(IReadOnlyList<ObjectMatcher> branches) => orGroups.Add(branches);

    public ObjectMatcher Build() => new([.. fields.Select(f => f.Build())], orGroups);

    internal sealed class FieldBuilder(string name)
    {
        private readonly List<LeafCondition> conditions = [];
        private ObjectMatcherBuilder? child;

        public string Name { get; } = name;

        public ObjectMatcherBuilder Child() => child ??= new ObjectMatcherBuilder();

        public void AddCondition(IReadOnlyList<ValueMatcher> anyOf) => conditions.Add(new LeafCondition(anyOf));

        public FieldMatcher Build() => new(Name, conditions, child?.Build());
    }
}
