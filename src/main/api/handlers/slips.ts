import type { slipOps } from '../../../shared/contract/slips';
import {
  browserPrintSlip,
  form1Due,
  listSlips,
  previewSlip,
  printLog,
  printSettings,
  printSlip,
  saveSlipPdf,
  updatePrintSettings,
} from '../../slips/service';
import { fullName } from '../../auth/users';
import { requireSession, type Handlers } from './types';

export const slipHandlers: Handlers<keyof typeof slipOps> = {
  listSlips: ({ episode_id }, call) => listSlips(call.ctx, episode_id, fullName(call.ctx, requireSession(call))),
  previewSlip: (ref, call) => previewSlip(call.ctx, ref, fullName(call.ctx, requireSession(call))),
  printSlip: (input, call) => printSlip(call.ctx, requireSession(call), input),
  browserPrintSlip: (ref, call) => browserPrintSlip(call.ctx, requireSession(call), ref),
  saveSlipPdf: (ref, call) => saveSlipPdf(call.ctx, requireSession(call), ref),
  listPrinters: async (_input, { ctx }) => ({
    available: ctx.desktop !== null,
    printers: ctx.desktop ? await ctx.desktop.listPrinters() : [],
  }),
  printLog: ({ episode_id }, { ctx }) => printLog(ctx, episode_id),
  form1Due: ({ since_days }, { ctx }) => form1Due(ctx, since_days),
  getPrintSettings: (_input, { ctx }) => printSettings(ctx),
  updatePrintSettings: (patch, call) => updatePrintSettings(call.ctx, requireSession(call), patch),
};
