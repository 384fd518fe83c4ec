using ErpCode.Server.Configuration;

var builder = WebApplication.CreateBuilder(SiteRoot.CreateOptions(args));
builder.AddErpCodeServer();

var app = builder.Build();
app.UseErpCodeServer();
app.Run();

/// <summary>The ErpCode host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
