namespace ErpCode.Core.Types.Runtime;

/// <summary>The portal types of one site revision, resolved and ready to validate documents (built in the next step).</summary>
public sealed class TypeSystem
{
}
