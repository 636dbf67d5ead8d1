import type { lanOps } from '../../../shared/contract/lan';
import { lanStatus, updateLanSettings } from '../../lan/settings';
import { requireSession, type Handlers } from './types';

export const lanHandlers: Handlers<keyof typeof lanOps> = {
  getLanStatus: (_input, { ctx }) => lanStatus(ctx),
  lanFingerprint: (_input, { ctx }) => ({ fingerprint: lanStatus(ctx).fingerprint }),
  updateLanSettings: (patch, call) => updateLanSettings(call.ctx, requireSession(call), patch),
};
