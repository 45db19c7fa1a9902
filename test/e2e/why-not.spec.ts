import { expect, test } from '@playwright/test';
import { choose, enterNumber, openGuide } from './helpers';

test.describe('why not the others', () => {
  test('each alternative names the answer that ruled it out, and one click opens its change as a what-if', async ({ page }) => {
    // The case: long-running processes, 70 % steady load, AWS-native, no servers to manage.
    await openGuide(page, 'Compute platform');
    await choose(page, /Long-running processes/);
    await enterNumber(page, '70');
    await choose(page, /No, AWS-native is fine/);
    await choose(page, /No, ordinary containers/);
    await choose(page, /No servers to manage/);
    await enterNumber(page, '4000');
    await expect(page.locator('.rec-hero__title')).toHaveText('Amazon ECS on AWS Fargate');

    const ec2 = page.locator('.why-not__item[data-outcome="ecs-ec2"]');
    await expect(ec2).toHaveAttribute('data-ruled-by', 'nodeManagement');
    await expect(ec2.locator('.why-not__ruled')).toHaveText('Ruled out by your answer “No servers to manage” to “Will your team look after servers?”.');
    await expect(ec2).not.toContainText('variable');
    const lambda = page.locator('.why-not__item[data-outcome="lambda"]');
    await expect(lambda).toHaveAttribute('data-ruled-by', 'workloadShape');
    await expect(lambda.locator('.why-not__ruled')).toContainText('“Long-running processes”');

    const change = ec2.getByTestId('why-not-try');
    await expect(change).toContainText('would be recommended with “Yes, we can run instances” instead of “No servers to manage”.');
    await change.click();
    const sentence = page.getByTestId('what-if-sentence');
    await expect(sentence).toContainText('“No servers to manage” → “Yes, we can run instances” moved the recommendation from Amazon ECS on AWS Fargate to Amazon ECS on EC2');
    await expect(sentence).toBeFocused();
    const whatIf = page.getByTestId('what-if');
    await expect(whatIf.locator('[data-side="before"]')).toHaveAttribute('data-outcome', 'ecs-fargate');
    await expect(whatIf.locator('[data-side="after"]')).toHaveAttribute('data-outcome', 'ecs-ec2');

    // Another line's change replaces the comparison, from the keyboard too.
    const k8s = page.locator('.why-not__item[data-outcome="eks-fargate"]').getByTestId('why-not-try');
    await k8s.focus();
    await page.keyboard.press('Enter');
    await expect(sentence).toContainText('moved the recommendation from Amazon ECS on AWS Fargate to Amazon EKS with Fargate profiles');
    await expect(sentence).toBeFocused();
  });
});
