// Run as POST /odata/CustomerTotal by Sales and Managers: the total a customer owes (none yet in this fixture).
var customer = (string)Parameters["Customer"]!;
return customer.Length > 0 ? 0m : 0m;
