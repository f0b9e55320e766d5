namespace Kommune.Protocols.Pdf.Output;

/// <summary>A child of a structure element: another element (<see cref="Element"/> is its object number) or a marked-content sequence (<see cref="Mcid"/> on page object <see cref="Page"/>).</summary>
internal readonly record struct StructureKid(int Element, int Mcid, int Page);
