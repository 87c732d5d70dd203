// The lab page's chunk (xterm, the question panel), fetched when a lab route is first shown.
import { lazyModule } from '../lazyModule'

export const labPageModule = lazyModule(() => import('./LabPage'))
