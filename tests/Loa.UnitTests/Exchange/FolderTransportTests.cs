using Loa.Exchange;

namespace Loa.UnitTests.Exchange;

/// <summary>The folder transport both ways: what a commune writes, the province reads, keeps and acknowledges.</summary>
public sealed class FolderTransportTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "loa-exchange-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_package_goes_round_through_one_shared_folder()
    {
        var commune = new FolderTransport(folder, Path.Combine(folder, "unused"));
        var province = new FolderTransport(Path.Combine(folder, "unused"), folder);
        var package = EdxmlWriter.Write(SamplePackages.Report());

        var sent = await commune.SendAsync("000.00.00.H75", package, default);
        Assert.Equal(DeliveryState.Pending, (await commune.StatusAsync(sent.TransportId!, default)).State);
        Assert.Empty(await province.FetchAsync("000.00.00.H01", default));
        var fetched = Assert.Single(await province.FetchAsync("000.00.00.H75", default));
        await province.ConfirmAsync(fetched.TransportId, default);

        Assert.Equal(sent.TransportId, fetched.TransportId);
        Assert.Equal(package, fetched.Content);
        Assert.Equal(SamplePackages.Report().Subject, EdxmlReader.Read(fetched.Content).Package!.Subject);
        Assert.Equal(DeliveryState.Acknowledged, (await commune.StatusAsync(sent.TransportId!, default)).State);
        Assert.Empty(await province.FetchAsync("000.00.00.H75", default));
    }

    [Fact]
    public async Task A_package_the_receiver_refuses_comes_back_rejected_with_its_reason()
    {
        var transport = new FolderTransport(folder, folder);
        var sent = await transport.SendAsync("000.00.00.H75", EdxmlWriter.Write(SamplePackages.Report()), default);

        await transport.RejectAsync(sent.TransportId!, "Không phải xã thuộc tỉnh.", default);

        Assert.Equal(new DeliveryStatus(DeliveryState.Rejected, "Không phải xã thuộc tỉnh."), await transport.StatusAsync(sent.TransportId!, default));
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_is_a_passing_failure()
    {
        Directory.CreateDirectory(folder);
        var blocked = Path.Combine(folder, "a-file");
        await File.WriteAllTextAsync(blocked, "not a folder");

        var failure = await Assert.ThrowsAsync<ExchangeUnavailableException>(
            () => new FolderTransport(blocked, folder).SendAsync("000.00.00.H75", [1], default));

        Assert.Equal("FolderUnwritable", failure.Kind);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
