// Drives ErpCode's OData API with @odata/client, a generic OData v4 client: $metadata, filtered and paged queries,
// writes, a transition, an action of the site. Arguments: the service root (ending in /), a user and a password. Exit code 0 = all passed.
import { OData } from "@odata/client";

const [endpoint, username, password] = process.argv.slice(2);
const auth = "Basic " + Buffer.from(`${username}:${password}`).toString("base64");
const check = (condition, message) => {
  if (!condition) {
    console.error("FAILED: " + message);
    process.exit(1);
  }
  console.log("ok: " + message);
};

const metadata = await (await fetch(endpoint + "$metadata", { headers: { Authorization: auth } })).text();
check(metadata.includes('EntitySet Name="Persons"') && metadata.includes('EntitySet Name="SaleOrders"'), "$metadata lists the entity sets");

const client = OData.New4({ serviceEndpoint: endpoint, credential: { username, password } });
const persons = client.getEntitySet("Persons");
for (const [name, rank] of [["Ada", 3], ["Bob", 3], ["Cy", 2], ["Dan", 3]]) {
  await persons.create({ Name: name, Rank: rank });
}

const filter = persons.newFilter().field("Rank").eq(3);
const firstPage = await persons.query(persons.newOptions().filter(filter).orderby("Name", "asc").top(2).select(["Id", "Name"]));
check(firstPage.length === 2 && firstPage[0].Name === "Ada" && firstPage[1].Name === "Bob", "a filtered, ordered, paged query ($top)");
const secondPage = await persons.query(persons.newOptions().filter(filter).orderby("Name", "asc").top(2).skip(2));
check(secondPage.length === 1 && secondPage[0].Name === "Dan", "the next page ($skip)");
check(await persons.count(filter) === 3, "$count with a filter");

// Server-driven paging: the test server pages by 2; follow @odata.nextLink to the end.
let next = endpoint + "Persons?$orderby=Name";
const names = [];
while (next) {
  const page = await (await fetch(next, { headers: { Authorization: auth, Accept: "application/json" } })).json();
  names.push(...page.value.map(p => p.Name));
  next = page["@odata.nextLink"];
}
check(names.join(",") === "Ada,Bob,Cy,Dan", "server-driven paging through @odata.nextLink");

const ada = firstPage[0];
await persons.update(ada.Id, { Rank: 9 });
const changed = await persons.retrieve(ada.Id);
check(changed.Rank === 9 && changed.Version === 2, "an update, read back with its new version");

const orders = client.getEntitySet("SaleOrders");
const order = await orders.create({ Customer: ada.Id, OrderDate: "2026-03-01", Lines: [{ Product: "P1", Quantity: 2, Price: 10.5 }] });
check(order.Total === 21, "a create with contained children");
const confirmed = await orders.action("ErpCode.Confirm", order.Id, { Comment: "from npm" });
check(confirmed.OrderState === "confirmed", "a workflow transition as a bound action");
const counted = await client.actionImport("CountPersonsOfRank", { Rank: 3 });
check(counted.value === 2, "an action of the site, unbound, through its action import (Bob and Dan, Ada is 9 now): " + JSON.stringify(counted));
await persons.delete(firstPage[1].Id);
check(await persons.count() === 3, "a delete");
