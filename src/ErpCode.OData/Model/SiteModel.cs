using Microsoft.OData.Edm;

namespace ErpCode.OData.Model;

/// <summary>The immutable OData model of one site revision; a request keeps the one it started with to the end.</summary>
internal sealed record SiteModel(long Revision, IEdmModel Edm)
{
    public IEdmEntityContainer Container => Edm.EntityContainer;
}
