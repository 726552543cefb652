using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Inquiries;

/// <summary>What the inquiry tests send and read back.</summary>
internal static class InquiryWorld
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static InquiryInput Valid(string name = "Bu Rina") => new()
    {
        BuyerName = name,
        Phone = "0812-3456-7890",
        Quantity = "20",
        Message = "Apakah bisa kirim ke Kota Jambi minggu ini?",
    };

    public static async Task<int> InquiryCountAsync(MemberWorld w)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Inquiries.CountAsync(Ct);
    }

    public static async Task<Inquiry> LoadAsync(MemberWorld w, int id)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Inquiries.AsNoTracking().SingleAsync(i => i.Id == id, Ct);
    }
}
