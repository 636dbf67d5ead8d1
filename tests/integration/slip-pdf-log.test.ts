import { describe, expect, it } from 'vitest';
import { createDemoUser } from '../../src/main/auth/users';
import type { AppContext } from '../../src/main/context';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { browserPrintSlip, listSlips, previewSlip, printLog, saveSlipPdf, slipPdf } from '../../src/main/slips/service';
import { fixedClock, testContext } from '../helpers/context';
import { fillPrintSettings, SLIP_NOW, twinDelivery } from '../helpers/slip-records';

/*
 * Issue 10 item 6: saving a PDF is not printing. The paper slip that travels with the patient is the original even
 * when a PDF was saved first; DUPLICATE appears only after a copy went to paper. Saves are logged apart.
 */

const S = LOCAL_ADMIN_SESSION;
const DUPLICATE = 'DUPLICATE';

function context(): AppContext {
  const ctx = testContext({ clock: fixedClock(SLIP_NOW) });
  fillPrintSettings(ctx);
  return ctx;
}

describe('Save PDF and printing, logged apart', () => {
  it('keeps the first paper copy the original after PDF saves, and marks only copies after paper as duplicates', async () => {
    const ctx = context();
    const id = twinDelivery(ctx);
    const ref = { episode_id: id, slip: 'discharge' as const };

    const saved = await saveSlipPdf(ctx, S, ref);
    expect(saved.cancelled).toBe(false);
    await slipPdf(ctx, S, ref, 'cli');
    expect(printLog(ctx, id).map((l) => [l.channel, l.duplicate])).toEqual([
      ['pdf', false],
      ['cli', false],
    ]);
    // Two PDFs later, the preview and the paper copies are still the original.
    expect(previewSlip(ctx, ref, S.userName).duplicate).toBe(false);
    const paper = browserPrintSlip(ctx, S, ref);
    expect(paper.duplicate).toBe(false);
    expect(paper.documents.join('')).not.toContain(DUPLICATE);
    const tile = listSlips(ctx, id, S.userName).find((s) => s.slip === 'discharge')!;
    expect(tile).toMatchObject({ print_count: 1, last_pdf_at: expect.any(String) });

    // After paper: the next print and the next PDF are duplicates.
    const again = browserPrintSlip(ctx, S, ref);
    expect(again.duplicate).toBe(true);
    expect(again.documents[0]).toContain(DUPLICATE);
    await saveSlipPdf(ctx, S, ref);
    expect(printLog(ctx, id).map((l) => [l.channel, l.copy_no, l.duplicate])).toEqual([
      ['pdf', 1, false],
      ['cli', 1, false],
      ['browser', 1, false],
      ['browser', 2, false],
      ['browser', 1, true],
      ['browser', 2, true],
      ['pdf', 1, true],
    ]);
    const audit = ctx.sqlite
      .prepare("SELECT new_value FROM audit_log WHERE action = 'print' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(String(id)) as string[];
    expect(audit.map((v) => (JSON.parse(v) as { channel: string }).channel)).toEqual(['pdf', 'cli', 'browser', 'browser', 'pdf']);
  });
});

describe('who prepared the slip', () => {
  it('prints the person’s full name as "Prepared by", not the login name', () => {
    const ctx = context();
    const id = twinDelivery(ctx);
    const user = createDemoUser(ctx, S, {
      username: 'rubina.k',
      full_name: 'Rubina Khatoon',
      role: 'clerk',
      password: 'pw-rubina-1234',
    });
    const session = { userId: user.id, userName: user.username, role: user.role };
    const { documents } = browserPrintSlip(ctx, session, { episode_id: id, slip: 'discharge' });
    expect(documents[0]).toContain('Rubina Khatoon');
    expect(documents[0]).not.toContain('rubina.k');
  });
});
