import { fillPath } from '../../../lib/router';

// The routes of the matching screens (the app's router matches these patterns).
export const MATCHING_BOARD_ROUTE = '/programmes/:programmeId/matching';
export const MATCH_ROUTE = '/matches/:matchId';

export const matchingBoardPath = (programmeId: string) => fillPath(MATCHING_BOARD_ROUTE, { programmeId });
export const matchPagePath = (matchId: string) => fillPath(MATCH_ROUTE, { matchId });
