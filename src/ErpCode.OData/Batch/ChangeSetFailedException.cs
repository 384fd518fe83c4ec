namespace ErpCode.OData.Batch;

/// <summary>Thrown inside a change set's unit of work when one of its requests failed, so that the unit rolls back; carries that request's answer.</summary>
internal sealed class ChangeSetFailedException(BatchResponse response)
    : Exception($"Request '{response.Id}' of the change set '{response.AtomicityGroup}' answered {response.Status}; the change set is rolled back.")
{
    public BatchResponse Response { get; } = response;
}
