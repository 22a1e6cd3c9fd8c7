using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>Saving a task keeps its leads and partners as written, in the plan's order: changing only its quantity touches nothing else.</summary>
[Collection(AppCollection.Name)]
public sealed class TaskUnitOrderTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Changing_only_the_quantity_keeps_the_units_as_written_and_in_order(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        var taskId = s.ClipsTask.Id;
        await using (var db = app.SystemDb())
        {
            var task = await db.Tasks.Include(t => t.Units).SingleAsync(t => t.Id == taskId);
            task.Units.Clear();
            task.Units.AddRange(
            [
                new() { Role = TaskUnitRole.Lead, Order = 0, Name = "Phòng VH-XH", UnitId = s.Culture.Id },
                new() { Role = TaskUnitRole.Partner, Order = 0, Name = "Các cơ quan, đơn vị có liên quan" },
                new() { Role = TaskUnitRole.Partner, Order = 1, Name = "Trung tâm PVHCC", UnitId = s.ServiceCentre.Id },
            ]);
            await db.SaveChangesAsync();
        }

        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var form = await coordinator.GetPageAsync($"/tasks/edit/{taskId}");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(form, "form", new() { ["Task.Quantity"] = "05 video" })).StatusCode);

        await using var check = app.SystemDb();
        var saved = await check.Tasks.Include(t => t.Units).SingleAsync(t => t.Id == taskId);
        Assert.Equal(5, saved.QuantityValue);
        Assert.Equal(["Phòng VH-XH"], saved.Leads.Select(u => u.Name));
        Assert.Equal(["Các cơ quan, đơn vị có liên quan", "Trung tâm PVHCC"], saved.Partners.Select(u => u.Name));
    }
}
