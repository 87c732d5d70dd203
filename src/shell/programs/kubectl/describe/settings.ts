// DescriberSettings (describe.go): what every describer is told.
export interface DescribeSettings {
  /** --show-events (default true) */
  showEvents: boolean
}
