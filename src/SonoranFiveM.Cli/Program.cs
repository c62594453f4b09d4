using System;

namespace SonoranFiveM.Cli
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            Console.WriteLine("sonoran-fivem");
            return 0;
        }
    }
}
