namespace UppkaCatalog.Core.Regions;

/// <summary>A province (reference data): another province is added as data, not code.</summary>
public sealed class Province
{
    public int Id { get; set; }

    /// <summary>BPS code, e.g. "15" for Jambi.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<Regency> Regencies { get; set; } = [];
}

/// <summary>A regency (kabupaten) or city (kota) within a province.</summary>
public sealed class Regency
{
    public int Id { get; set; }

    /// <summary>BPS code, e.g. "1505" for Muaro Jambi.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>URL-friendly name used in catalogue filters (<c>wilayah=muaro-jambi</c>).</summary>
    public required string Slug { get; set; }

    public int ProvinceId { get; set; }

    public Province? Province { get; set; }
}
