/**
 * The source popover (数字出处) as a reader uses it, in Chromium: a printed figure is a button that opens a
 * dialog naming the document, table and lines it comes from; the focus moves into the dialog; Escape, the
 * close button or a click elsewhere closes it, and Escape or the close button put the focus back on the
 * figure. Written against roles, names and focus only, so that it holds for any popover implementation.
 * The figure is 000's 支出总计 with its own source reference from public/data (表3, line 866 of
 * data/sources/000_30403416ceb52c30.txt: "总计 1309.71 504.71 805.00 …").
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Figure } from '../../src/app/components/Figure';
import { ProvenancePopover } from '../../src/app/components/ProvenancePopover';
import type { Budget } from '../../src/model/types';
import { appStore } from '../../src/state/store';

let budget: Budget;

beforeAll(async () => {
  const res = await fetch('/data/budgets/haizhu-grid-centre-2021.json');
  budget = (await res.json()) as Budget;
});

beforeEach(() => {
  appStore.getState().closeProvenance();
  appStore.getState().syncFromHash(`#/budget/${budget.id}`);
});

function Page() {
  const e = budget.expenditure;
  return (
    <main>
      {/* Above the figure: the popover opens below it and may cover what follows. */}
      <p>
        <button type="button">elsewhere</button>
      </p>
      <p>
        支出总计 <Figure id="headline-total" label="支出总计" amount={e.total} unit={budget.unit} src={e.src} />
      </p>
      <ProvenancePopover budget={budget} />
    </main>
  );
}

async function open() {
  await render(<Page />);
  const figure = page.getByRole('button', { name: /^支出总计/ });
  await userEvent.click(figure);
  const dialog = page.getByRole('dialog', { name: '数字出处' });
  await expect.element(dialog).toBeVisible();
  return { figure, dialog };
}

describe('provenance popover', () => {
  it('a figure opens a dialog with its document, table and lines; the focus moves into it', async () => {
    const { figure, dialog } = await open();
    await expect.element(figure).toHaveAttribute('aria-haspopup', 'dialog');
    await expect.element(dialog).toHaveTextContent(budget.source);
    await expect.element(dialog).toHaveTextContent('1,309.71');
    const [first] = budget.expenditure.src.lines;
    await expect.element(dialog).toHaveTextContent(String(first));
    const link = dialog.getByRole('link', { name: '查看原文' });
    await expect.element(link).toBeVisible();
    expect(link.element().getAttribute('href')).toContain(`lines=${first}-`);
    expect(dialog.element().contains(document.activeElement)).toBe(true);
  });

  it('Escape closes it and the focus returns to the figure', async () => {
    const { figure, dialog } = await open();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(figure).toHaveFocus();
  });

  it('the close button closes it and the focus returns to the figure', async () => {
    const { figure, dialog } = await open();
    await userEvent.click(dialog.getByRole('button', { name: '关闭' }));
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(figure).toHaveFocus();
  });

  it('a click elsewhere closes it', async () => {
    const { dialog } = await open();
    await userEvent.click(page.getByRole('button', { name: 'elsewhere' }));
    await expect.element(dialog).not.toBeInTheDocument();
  });
});
