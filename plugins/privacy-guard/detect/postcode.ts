/**
 * A Dutch postcode: four digits not starting with 0, an optional space, two capitals. SA, SD and SS are never
 * issued (wartime associations). Not part of a longer word or number.
 */
export const postcodePattern = String.raw`(?<![\p{L}\d])[1-9]\d{3}[ \u00a0]?(?!S[ADS])[A-Z]{2}(?![\p{L}\d])`

/**
 * A house number 1–9999 with an optional addition: "12a", "12 A", "12-2", "12-bis", "12 hs", "12-III". Never
 * followed by more digits (also not across a dot or comma, as in an amount "12.500").
 */
export const houseNumberPattern = String.raw`[1-9]\d{0,3}(?!\d)(?:[a-zA-Z](?![\p{L}\d])|-[\p{L}\d]{1,4}(?![\p{L}\d])|[ \u00a0](?:[A-Z]|hs|bis|[IVX]{1,3})(?![\p{L}\d]))?(?![.,]\d)`
