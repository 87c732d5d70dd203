// The build-time lab catalog (vite/labCatalog.ts): every labs/*.json, validated when the app is built.
declare module 'virtual:cordon-labs' {
  const labs: import('../vite/labCatalog').BuiltLab[]
  export default labs
}
