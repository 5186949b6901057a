import { useRef } from 'react';
import { useT } from '../i18n/use-t';

/**
 * The About / Method dialog (a modal `<dialog>`: focus stays inside, Escape closes it, focus goes
 * back to its button): what the corridor is, how features are sourced and statused, and how routes
 * are computed, with links to the documents that say it in full.
 */
export function AboutDialog() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="header-button" onClick={() => dialog.current?.showModal()}>
        {t('about.button')}
      </button>
      <dialog ref={dialog} className="about-dialog" aria-labelledby="about-heading">
        <h2 id="about-heading">About INSTC Explorer and its method</h2>
        <h3>The corridor</h3>
        <p>
          The International North–South Transport Corridor (INSTC) is a multimodal route agreed by Russia, Iran and
          India in 2000 and joined since by Azerbaijan, Kazakhstan and others. Freight runs from Russia to Iran's Gulf
          ports by one of three branches — west of the Caspian through Azerbaijan, across the Caspian by ship, or east
          of it through Kazakhstan and Turkmenistan — and on by sea to India. The explorer sets it beside the all-sea
          routes through Suez and round the Cape.
        </p>
        <h3>How features are sourced and statused</h3>
        <p>
          Every segment, place and energy feature carries its sources and a dated status history (operational,
          restricted, under construction, planned, proposed, suspended, closed). One rule reads each feature's status on
          the day the view shows: the data's as-of date, a year's end, or a day chosen on the timeline. Published
          lengths are shown beside the length of the drawn line, and observed shipments are kept apart from the model.
        </p>
        <h3>How routes are computed</h3>
        <ul>
          <li>
            Each leg uses its published length where a source gives one (else the drawn line's), at sourced speeds,
            costs and CO2e factors.
          </li>
          <li>
            Figures are given as ranges: optimistic, central and pessimistic assumptions are scenario bounds, not
            confidence intervals.
          </li>
          <li>Border crossings, transshipments and gauge changes add sourced waits and handling costs.</li>
          <li>
            Seasonal restrictions (ice, low water) close or slow legs in their months when a month is chosen; events
            close or restrict features on the days they are in force.
          </li>
        </ul>
        {/* The app has no fixed public address for its repository, so the documents are named by path. */}
        <p>In full, in the app's source repository:</p>
        <ul>
          <li>
            <code>docs/routing.md</code>: how routes are computed (lengths, speeds, waits, seasons, events, ranges);
          </li>
          <li>
            <code>geodata/README.md</code>: the data, its sources and the status rule;
          </li>
          <li>
            <code>docs/links.md</code>: the link format that every shared view and citation uses;
          </li>
          <li>
            <code>docs/cli.md</code>: the command-line router that gives the same figures.
          </li>
        </ul>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
