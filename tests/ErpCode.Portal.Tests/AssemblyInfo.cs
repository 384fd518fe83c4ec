using ErpCode.Portal.Tests.Support;

// One server and one browser for all end-to-end tests; they run one after another (two cores, one browser, and some
// tests change site code that others observe).
[assembly: AssemblyFixture(typeof(PortalSite))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
