/** Value of a UI5 Select `change` event (`detail.selectedOption`), or of the event target for plain elements. */
export function selectedValue(event: Event): string {
  const option = (event as CustomEvent<{ selectedOption?: HTMLElement & { value?: string } }>).detail?.selectedOption;
  return option?.value ?? option?.getAttribute('value') ?? (event.target as { value?: string } | null)?.value ?? '';
}
