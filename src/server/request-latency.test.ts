// The hand-kept latency histogram must expose exactly what prom-client's Histogram would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Histogram, type Metric, Registry } from 'prom-client';
import { RequestLatencyHistogram } from './request-latency.js';

test('the latency histogram exposes the same text as prom-client for the same observations', async () => {
  const ours = new Registry();
  const histogram = new RequestLatencyHistogram();
  ours.registerMetric(histogram as unknown as Metric);
  const reference = new Registry();
  const theirs = new Histogram({
    name: 'gatehouse_http_request_duration_seconds',
    help: 'Request latency by route',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [reference],
  });
  // On a bound, between bounds, above the last, and several series.
  const observations: [string, string, number, number][] = [
    ['GET', '/api/session', 200, 0.0004],
    ['GET', '/api/session', 200, 0.001],
    ['GET', '/api/session', 200, 0.0031],
    ['GET', '/api/session', 401, 0.02],
    ['POST', '/api/session', 200, 0.3],
    ['POST', '/api/session', 200, 7],
    ['GET', 'unmatched', 404, 0.00001],
  ];
  for (const [method, route, status, seconds] of observations) {
    histogram.observe(method, route, status, seconds);
    theirs.observe({ method, route, status_code: String(status) }, seconds);
  }
  assert.equal(await ours.metrics(), await reference.metrics());
  assert.match(await ours.metrics(), /gatehouse_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/session",status_code="200"\} 3/);
});
