namespace ErpCode.Core.Storage.Queries;

public enum ComparisonOperator
{
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}
