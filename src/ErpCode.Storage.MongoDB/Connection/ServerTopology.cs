using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Connection;

/// <summary>
/// What the server's <c>hello</c> reply says about the deployment: a replica set member names its set, a mongos
/// answers <c>msg: "isdbgrid"</c>. Only those two offer multi-document transactions and change streams.
/// </summary>
internal sealed record ServerTopology(string? ReplicaSetName, bool IsSharded)
{
    public bool IsReplicaSet => ReplicaSetName is not null;

    public bool SupportsTransactions => IsReplicaSet || IsSharded;

    public bool SupportsChangeStreams => SupportsTransactions;

    public string Kind => IsSharded ? "sharded cluster" : IsReplicaSet ? $"replica set '{ReplicaSetName}'" : "standalone server";

    public static ServerTopology FromHello(BsonDocument hello)
    {
        ArgumentNullException.ThrowIfNull(hello);
        var setName = hello.TryGetValue("setName", out var name) && name.IsString ? name.AsString : null;
        var sharded = hello.TryGetValue("msg", out var msg) && msg.IsString && msg.AsString == "isdbgrid";
        return new ServerTopology(setName, sharded);
    }
}
