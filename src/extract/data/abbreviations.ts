/**
 * Abbreviations whose full stop does not end a sentence in English news copy of the region:
 * ranks and titles ("Lt.", "Col."), months ("Sept."), and initials such as "D.I. Khan" or "U.S." (any run of
 * single capitals with stops is treated the same way by the sentence pass).
 */
export const ABBREVIATIONS = [
  "Lt", "Col", "Gen", "Maj", "Capt", "Brig", "Sgt", "Cpl", "Insp", "Const", "Sub", "Supdt", "Mr", "Mrs", "Ms", "Dr", "Prof",
  "No", "St", "Rs", "Govt", "Dept", "approx", "vs", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];
