public static class Broken
{
    public static int Value => "not a number";
}
