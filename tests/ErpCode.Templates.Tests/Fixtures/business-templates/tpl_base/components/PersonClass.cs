using ErpCode.Scripting;

public sealed class PersonClass : DocumentClass
{
    protected override void BeforeSave()
    {
        Document.Set("Name", Document.GetString("Name")!.Trim());
    }
}
