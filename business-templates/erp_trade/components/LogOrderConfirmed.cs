// After Confirm: the server log tells who confirmed which order for how much.
Log.Info($"Order {Document!.Id} confirmed by {User.Name}: {Document.Get("Total")} {Document.GetString("Currency")}");
