// A number field that takes decimals and negative values (a growth rate, a fraction of a day),
// committing only numbers in range; an empty field commits `undefined`.
import type { ComponentProps } from 'react';
import { NumberInput } from '../../ui/input/number-input';

type Props = Omit<ComponentProps<typeof NumberInput>, 'decimals' | 'optional' | 'min' | 'max'> & { min: number; max: number };

export function DecimalInput(props: Props) {
  return <NumberInput {...props} decimals optional />;
}
