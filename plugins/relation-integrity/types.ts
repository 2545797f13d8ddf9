export type RelationIntegrityOptions = {
  /**
   * Collections whose relationship and upload fields are checked.
   * @default every collection
   */
  collections?: string[]
}
