import { ruleGroups } from '../monitoring/alerts';
import { K8sObject, PART_OF } from './common';

/** The alert rules of infra/monitoring/alerts.yml as a Prometheus Operator PrometheusRule. */
export function alertRuleObject(): K8sObject {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'pao-alerts', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: { groups: ruleGroups() },
  };
}
