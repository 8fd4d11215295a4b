/**
 * Where an embed's 数据 link goes: its credit line, which the embed shell draws, while the figures (and so
 * the CSV) are the view's. The shell provides the element; the view renders its link there with a portal,
 * so the link costs no line of its own in a frame that must stay short on a phone.
 */
import { createContext } from 'react';

export const EmbedDataSlot = createContext<HTMLElement | null>(null);
