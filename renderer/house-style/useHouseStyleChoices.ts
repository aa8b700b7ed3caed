// The house styles a committee can choose: the shipped ones at once (they are
// part of the app), then the council's own as soon as main has listed them,
// and again after the editor saves one.
import { useCallback, useEffect, useState } from 'react';
import { shippedHouseStyles } from '../../core/house-style/shipped-house-styles';
import type { HouseStyleSummary } from '../../core/ipc/channels/house-style-channels';
import { call, minuteBookApi } from '../ipc/minute-book-api';

const shipped: HouseStyleSummary[] = shippedHouseStyles().styles.map(({ id, style }) => ({ id, source: 'shipped', name: style.name, council: style.council }));

export function useHouseStyleChoices(): { choices: HouseStyleSummary[]; ownListed: boolean; refresh(): void } {
  const [choices, setChoices] = useState(shipped);
  const [ownListed, setOwnListed] = useState(false);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    call(minuteBookApi().listHouseStyles({}))
      .then((list) => {
        if (!live) return;
        setChoices(list.styles);
        setOwnListed(true);
      })
      // The shipped styles are still offered; the editor says what is wrong with the council's own.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [asked]);
  const refresh = useCallback(() => setAsked((count) => count + 1), []);
  return { choices, ownListed, refresh };
}
