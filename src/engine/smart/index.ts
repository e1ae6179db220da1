// Smart Software Licensing (001_8391978983abaacd.txt): the per-unit timeline, the failover/cluster
// aggregation and requirements, and the bill of materials.
export { smartUnitTimeline, registrationDay } from './smart-unit-timeline';
export { combineSmartUnits, type CombinedSmartLicense, type SmartUnitLicense } from './combine-smart-units';
export { smartDeploymentRequirements } from './smart-deployment-requirements';
export { smartBillOfMaterials, type BomLine, type SmartBillOfMaterials } from './smart-bill-of-materials';
export { smartUnitLicense } from './unit-license';
export { isSmartUnit } from './unit-role';
