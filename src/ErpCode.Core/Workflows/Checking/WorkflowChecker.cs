using System.Collections.Immutable;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Workflows.Checking;

/// <summary>
/// Checks the workflows of a site: names, a known initial state, transitions that exist and lead to states that
/// exist, states every document can reach, transitions some state offers, no loop of unguarded automatic transitions,
/// variables and worklists. Every problem names the workflow and the field.
/// </summary>
public static class WorkflowChecker
{
    /// <summary>Variables every transition records; custom variables cannot take these names.</summary>
    public static ImmutableHashSet<string> BuiltInVariables { get; } = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "Actor", "Time", "Comment", "Action", "State");

    public static void Check(SiteDefinitions site, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var group in site.Workflows.GroupBy(w => w.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new DefinitionProblem($"Workflow {group.Key}", "name", "two workflows have this name (names are compared ignoring case)"));
        }

        foreach (var workflow in site.Workflows)
        {
            CheckWorkflow(workflow, problems);
        }
    }

    private static void CheckWorkflow(Workflow workflow, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        var definition = $"Workflow {workflow.Name}";
        void Add(string field, string message) => problems.Add(new DefinitionProblem(definition, field, message));

        if (Identifiers.CheckTypeName(workflow.Name) is { } nameProblem)
        {
            Add("name", nameProblem);
        }

        CheckInteractions(workflow, Add);
        if (!workflow.HasStates)
        {
            CheckInteractionsOnly(workflow, Add);
            return;
        }

        if (Identifiers.CheckMemberName(workflow.StateVariable) is { } variableProblem)
        {
            Add("stateVariable", variableProblem);
        }
        else if (SystemProperties.Reserved.Contains(workflow.StateVariable))
        {
            Add("stateVariable", $"'{workflow.StateVariable}' is a system property every document has");
        }

        var states = new Dictionary<string, WorkflowState>(StringComparer.Ordinal);
        for (var i = 0; i < workflow.States.Length; i++)
        {
            var state = workflow.States[i];
            if (Identifiers.CheckMemberName(state.Id) is { } problem)
            {
                Add($"states[{i}].id", problem);
            }
            else if (!states.TryAdd(state.Id, state))
            {
                Add($"states[{i}].id", $"the state '{state.Id}' is defined twice");
            }
        }

        if (!states.ContainsKey(workflow.InitialState ?? string.Empty))
        {
            Add("initialState", $"there is no state '{workflow.InitialState}'");
        }

        var transitions = new Dictionary<string, WorkflowTransition>(StringComparer.Ordinal);
        for (var i = 0; i < workflow.Transitions.Length; i++)
        {
            var transition = workflow.Transitions[i];
            var field = $"transitions[{i}]";
            if (Identifiers.CheckTypeName(transition.Id) is { } problem)
            {
                Add(field + ".id", $"{problem} (a transition is an action, such as Confirm)");
            }
            else if (!transitions.TryAdd(transition.Id, transition))
            {
                Add(field + ".id", $"the transition '{transition.Id}' is defined twice");
            }

            if (!Enum.IsDefined(transition.Trigger))
            {
                Add(field + ".trigger", $"'{transition.Trigger}' is not a trigger; use User, Automatic or Method");
            }

            if (transition.To is { Length: > 0 } to && !states.ContainsKey(to))
            {
                Add(field + ".to", $"there is no state '{to}'");
            }

            foreach (var (script, name) in new[] { (transition.BeforeScript, "beforeScript"), (transition.AfterScript, "afterScript") })
            {
                if (script is { Length: > 0 } && Identifiers.CheckTypeName(script) is { } scriptProblem)
                {
                    Add($"{field}.{name}", scriptProblem);
                }
            }

            GrantChecker.CheckPermissions(transition.Guard.Permissions, $"{field}.guard.permissions", Add);
            GrantChecker.CheckRoles(transition.Guard.Roles, $"{field}.guard.roles", Add);
            if (transition.Trigger == TransitionTrigger.Automatic && string.IsNullOrWhiteSpace(transition.Guard.Expression) && string.IsNullOrEmpty(transition.To))
            {
                Add(field + ".guard.expression", "an automatic transition that changes nothing needs a guard expression, or it would fire on every change");
            }
        }

        for (var i = 0; i < workflow.States.Length; i++)
        {
            var state = workflow.States[i];
            for (var t = 0; t < state.Transitions.Length; t++)
            {
                if (!transitions.ContainsKey(state.Transitions[t]))
                {
                    Add($"states[{i}].transitions[{t}]", $"there is no transition '{state.Transitions[t]}'");
                }
            }

            GrantChecker.CheckGrants(state.Permissions, $"states[{i}].permissions", Add);
        }

        foreach (var transition in workflow.Transitions.Where(t => t.Trigger != TransitionTrigger.Method && !workflow.States.Any(s => s.Transitions.Contains(t.Id))))
        {
            Add($"transitions[{workflow.Transitions.IndexOf(transition)}]", $"no state offers the transition '{transition.Id}', so it can never fire");
        }

        CheckReachability(workflow, states, transitions, Add);
        CheckAutomaticLoops(workflow, states, transitions, Add);

        var variables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < workflow.Variables.Length; i++)
        {
            var variable = workflow.Variables[i];
            if (Identifiers.CheckMemberName(variable.Name) is { } problem)
            {
                Add($"variables[{i}].name", problem);
            }
            else if (BuiltInVariables.Contains(variable.Name))
            {
                Add($"variables[{i}].name", $"'{variable.Name}' is recorded with every transition already");
            }
            else if (!variables.Add(variable.Name))
            {
                Add($"variables[{i}].name", $"the variable '{variable.Name}' is defined twice");
            }

            if (string.IsNullOrWhiteSpace(variable.Expression))
            {
                Add($"variables[{i}].expression", "a variable needs the expression that gives its value");
            }
        }

        var worklists = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < workflow.Worklists.Length; i++)
        {
            var worklist = workflow.Worklists[i];
            if (Identifiers.CheckMemberName(worklist.Id) is { } problem)
            {
                Add($"worklists[{i}].id", problem);
            }
            else if (!worklists.Add(worklist.Id))
            {
                Add($"worklists[{i}].id", $"the worklist '{worklist.Id}' is defined twice");
            }

            if (worklist.States.IsDefaultOrEmpty)
            {
                Add($"worklists[{i}].states", "a worklist lists the states whose documents it shows");
            }

            for (var s = 0; s < worklist.States.Length; s++)
            {
                if (!states.ContainsKey(worklist.States[s]))
                {
                    Add($"worklists[{i}].states[{s}]", $"there is no state '{worklist.States[s]}'");
                }
            }

            GrantChecker.CheckRoles(worklist.Roles, $"worklists[{i}].roles", Add);
        }
    }

    /// <summary>A workflow without states: interactions and nothing that needs a state.</summary>
    private static void CheckInteractionsOnly(Workflow workflow, Action<string, string> add)
    {
        if (workflow.Interactions.IsDefaultOrEmpty)
        {
            add("states", "a workflow needs at least one state, or interactions");
        }

        foreach (var (value, field) in new[] { (workflow.StateVariable, "stateVariable"), (workflow.InitialState, "initialState") })
        {
            if (!string.IsNullOrEmpty(value))
            {
                add(field, "a workflow without states keeps no state; leave it empty or add the states");
            }
        }

        foreach (var (count, field) in new[] { (workflow.Transitions.Length, "transitions"), (workflow.Variables.Length, "variables"), (workflow.Worklists.Length, "worklists") })
        {
            if (count > 0)
            {
                add(field, $"only a workflow with states has {field}");
            }
        }
    }

    private static void CheckInteractions(Workflow workflow, Action<string, string> add)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < workflow.Interactions.Length; i++)
        {
            var interaction = workflow.Interactions[i];
            var field = $"interactions[{i}]";
            if (Identifiers.CheckTypeName(interaction.Id) is { } problem)
            {
                add(field + ".id", problem);
            }
            else if (!ids.Add(interaction.Id))
            {
                add(field + ".id", $"the interaction '{interaction.Id}' is defined twice");
            }

            if (!Enum.IsDefined(interaction.On))
            {
                add(field + ".on", $"'{interaction.On}' is not a trigger of interactions; use Save or Method");
            }
            else if (interaction.On == InteractionTrigger.Method && interaction.Methods.IsDefaultOrEmpty)
            {
                add(field + ".methods", "an interaction on methods names the business methods it reacts to");
            }
            else if (interaction.On == InteractionTrigger.Save && !interaction.Methods.IsDefaultOrEmpty)
            {
                add(field + ".methods", "an interaction on saves reacts to every save; it names no method");
            }

            for (var m = 0; m < interaction.Methods.Length; m++)
            {
                if (Identifiers.CheckTypeName(interaction.Methods[m]) is { } methodProblem)
                {
                    add($"{field}.methods[{m}]", methodProblem);
                }
            }

            if (string.IsNullOrEmpty(interaction.BeforeScript) && string.IsNullOrEmpty(interaction.AfterScript))
            {
                add(field, "an interaction runs a before script, an after script or both");
            }

            foreach (var (script, name) in new[] { (interaction.BeforeScript, "beforeScript"), (interaction.AfterScript, "afterScript") })
            {
                if (script is { Length: > 0 } && Identifiers.CheckTypeName(script) is { } scriptProblem)
                {
                    add($"{field}.{name}", scriptProblem);
                }
            }
        }
    }

    private static void CheckReachability(Workflow workflow, Dictionary<string, WorkflowState> states, Dictionary<string, WorkflowTransition> transitions, Action<string, string> add)
    {
        if (!states.ContainsKey(workflow.InitialState ?? string.Empty))
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { workflow.InitialState! };
        var queue = new Queue<string>(reached);

        // Method-triggered transitions may be fired from any state by the class, so their destinations count as reachable.
        foreach (var method in transitions.Values.Where(t => t.Trigger == TransitionTrigger.Method && t.To is { Length: > 0 } && states.ContainsKey(t.To)))
        {
            if (reached.Add(method.To!))
            {
                queue.Enqueue(method.To!);
            }
        }

        while (queue.TryDequeue(out var current))
        {
            foreach (var id in states[current].Transitions)
            {
                if (transitions.TryGetValue(id, out var transition) && transition.To is { Length: > 0 } to && states.ContainsKey(to) && reached.Add(to))
                {
                    queue.Enqueue(to);
                }
            }
        }

        for (var i = 0; i < workflow.States.Length; i++)
        {
            if (states.ContainsKey(workflow.States[i].Id ?? string.Empty) && !reached.Contains(workflow.States[i].Id))
            {
                add($"states[{i}]", $"the state '{workflow.States[i].Id}' cannot be reached from the initial state '{workflow.InitialState}'");
            }
        }
    }

    private static void CheckAutomaticLoops(Workflow workflow, Dictionary<string, WorkflowState> states, Dictionary<string, WorkflowTransition> transitions, Action<string, string> add)
    {
        // A cycle of automatic transitions without guard expressions would move a document forever.
        var next = states.Keys.ToDictionary(
            s => s,
            s => states[s].Transitions
                .Select(id => transitions.GetValueOrDefault(id))
                .Where(t => t is { Trigger: TransitionTrigger.Automatic } && string.IsNullOrWhiteSpace(t.Guard.Expression) && t.To is { Length: > 0 } to && states.ContainsKey(to))
                .Select(t => t!.To!)
                .ToList(),
            StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in next.Keys)
        {
            var path = new List<string>();
            if (Loops(start, next, path, new HashSet<string>(StringComparer.Ordinal), done))
            {
                add("transitions", $"unguarded automatic transitions loop: {string.Join(" → ", path)}; give one of them a guard expression");
                return;
            }
        }
    }

    private static bool Loops(string state, Dictionary<string, List<string>> next, List<string> path, HashSet<string> onPath, HashSet<string> done)
    {
        if (onPath.Contains(state))
        {
            path.Add(state);
            return true;
        }

        if (!done.Add(state))
        {
            return false;
        }

        onPath.Add(state);
        path.Add(state);
        foreach (var to in next[state])
        {
            if (Loops(to, next, path, onPath, done))
            {
                return true;
            }
        }

        onPath.Remove(state);
        path.RemoveAt(path.Count - 1);
        return false;
    }
}
