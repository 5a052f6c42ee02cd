/** Fill "{name}" slots in a UI string; unknown slots are left visible so a typo shows up. */
export function formatLabel(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
