import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { labRoutePreload } from './vite/labRoutePreload.ts'
import { labCatalog } from './vite/labCatalog.ts'

export default defineConfig({
  base: './',
  plugins: [react(), labCatalog(), labRoutePreload()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
})
