import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { BoardRepository } from './board.repository';

export interface BoardRepositories {
  board: RepositoryOf<BoardRepository>;
}

/** The public board's data (database/unit-of-work.ts); the Nest token BoardService injects. */
export abstract class BoardStore extends Store<BoardRepositories> {}

export const BOARD_STORE_PROVIDER = storeProvider(BoardStore, (manager) => ({ board: new BoardRepository(manager) }));
